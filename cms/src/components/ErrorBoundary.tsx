'use client'
/**
 * Keeps a failing custom component from taking the whole admin page down ("This page couldn't
 * load"): the editor sees a short Dutch note in its place and can go on with the form.
 */
import { Component, type ReactNode } from 'react'

interface Props {
  /** What is missing, e.g. "Het overzicht van de beslisboom". */
  what: string
  children: ReactNode
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  componentDidCatch(error: unknown) {
    console.error(`${this.props.what} kon niet getoond worden`, error)
  }

  render() {
    if (!this.state.failed) return this.props.children
    return (
      <p role="alert">
        {this.props.what} kan nu niet getoond worden. Het formulier werkt gewoon; sla op om de controle opnieuw te laten lopen.{' '}
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => this.setState({ failed: false })}>
          Opnieuw proberen
        </button>
      </p>
    )
  }
}
